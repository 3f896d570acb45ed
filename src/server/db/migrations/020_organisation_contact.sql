-- How a person reaches the organisation, in its own words (address, phone, e-mail, opening hours),
-- printed on what a person takes home: the network map sheet (issue 14). The organisation's own
-- contact, never a private person's.
ALTER TABLE organisations ADD COLUMN contact text;
