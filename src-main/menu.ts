import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The app's menu: File > Open… for portfolio files, and the standard editing, zoom and window
 * items (text zoom helps readers who need larger type). No developer tools: the page holds
 * pupils' data and nothing in it needs inspecting.
 */
export function installMenu(openPortfolioFile: () => void): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: '&Open a portfolio file…', accelerator: 'CmdOrCtrl+O', click: openPortfolioFile },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
