import { write } from "../../raw/autotable.mjs"
import { serveWriter } from "./serve.mjs"

serveWriter(write)
