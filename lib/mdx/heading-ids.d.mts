export declare const HEADING_ID_SUFFIX: RegExp;
export declare const VALID_ID: RegExp;
export declare function splitHeadingId(text: string): { title: string; id: string | null };
declare function remarkHeadingIds(): (tree: unknown, file: unknown) => void;
export default remarkHeadingIds;
