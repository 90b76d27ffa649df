// Types of folders.mjs, for the vitest configuration that reads it.
export declare const TESTS_OF_FOLDER: Record<string, string[]>;
export declare const CORE_FOLDERS: string[];
export declare function incrementalFileOf(target: string): string;
export declare function reportFileOf(target: string): string;
export declare function targetOfReportFile(name: string): string | undefined;
export declare function coreFolderOf(target: string): string | undefined;
export declare function holdsCode(path: string): boolean;
export declare function testsHashFileOf(target: string): string;
