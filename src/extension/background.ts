// Extension service worker: placeholder until the extension issue; proves the MV3 build loads.
chrome.runtime.onInstalled.addListener(() => {});
