// Builds the bare yardstick app with the same plugin the hub uses.
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({ plugins: [reactRouter()], logLevel: "warn" });
