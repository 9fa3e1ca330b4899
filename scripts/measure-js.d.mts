export declare function firstLoadJs(page: string): { scripts: string[]; raw: number; gzip: number; htmlGzip: number };
export declare function chapterPages(): string[];
