import { write } from "../../raw/xlsx-js-style.mjs"
import { serveWriter } from "./serve.mjs"

serveWriter(write)
