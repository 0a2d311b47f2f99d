// Popup placeholder until the extension issue.
export {};
