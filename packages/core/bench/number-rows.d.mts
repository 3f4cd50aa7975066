/** `count` rows of the number list in the operator's JSON form. */
export declare const numberRows: (count: number) => Array<Record<string, string>>

/** A page of the number list (`NumberPage`) holding `count` rows, as JSON text. */
export declare const numberPageJson: (count: number) => string
