// The colours of the map's marks, shared by the drawing and its legend.
export const supportColours: Record<string, string> = {
  emotional: '#b5311d',
  practical: '#1d5c9c',
  companionship: '#2f7d32',
  informational: '#7a4aa0',
  advice: '#8a6d00',
};
export const qualityFill: Record<string, string> = { supportive: '#d7efe9', mixed: '#fbe8c8', burdensome: '#f6d0cc' };
