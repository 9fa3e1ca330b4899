export declare function normalizeBase(raw: string, name?: string): string;
