import { write } from "../../raw/exceljs.mjs"
import { serveWriter } from "./serve.mjs"

serveWriter(write)
