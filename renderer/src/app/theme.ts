import { createTheme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';

// System fonts that carry Chinese on Windows, macOS, domestic Linux desktops and Debian.
const FONT = [
  '"Microsoft YaHei"', '"PingFang SC"', '"Noto Sans CJK SC"', '"Noto Sans SC"', '"Source Han Sans SC"', '"WenQuanYi Micro Hei"', 'system-ui', 'sans-serif',
].join(',');

export const makeTheme = (lang: string) =>
  createTheme(
    {
      palette: { primary: { main: '#1f5fa8' }, secondary: { main: '#b23b2e' }, background: { default: '#f4f6f9' } },
      typography: { fontFamily: FONT, fontSize: 14 },
      shape: { borderRadius: 6 },
      components: {
        MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
        MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
        MuiTextField: { defaultProps: { size: 'small' } },
        MuiFormControl: { defaultProps: { size: 'small' } },
      },
    },
    lang === 'en' ? enUS : zhCN,
  );
