// The slice of web-ext's programmatic API the package test uses (web-ext ships no types).
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    message: string;
    file?: string;
  }
  export interface LintResult {
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    notices: LintMessage[];
    warnings: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(
        params: {
          sourceDir: string;
          output: 'none' | 'text' | 'json';
          selfHosted: boolean;
          boring: boolean;
          warningsAsErrors: boolean;
          metadata: boolean;
          pretty: boolean;
          privileged: boolean;
        },
        options: { shouldExitProgram: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
