// Types for @crxjs's `?iife` imports: the build replaces them with the emitted content script's file name.
/// <reference types="@crxjs/vite-plugin/client" />
