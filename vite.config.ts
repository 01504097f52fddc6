// Vite builds the React Router app (client bundle and server bundle under build/).
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  build: { target: "es2022" },
  server: { port: 5173 },
});
