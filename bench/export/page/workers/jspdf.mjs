import { write } from "../../raw/jspdf.mjs"
import { serveWriter } from "./serve.mjs"

serveWriter(write)
