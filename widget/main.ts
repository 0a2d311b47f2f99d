// Widget entry (placeholder until the widget issue).
console.debug('lyssna');
