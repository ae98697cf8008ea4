export declare const lockFileOf: (dir: string) => string;
export declare function embeddedHolder(dir: string): number | null;
export declare function holdEmbedded(dir: string): () => void;
