import { tokenEndpoint } from "@/lib/api/token-endpoint";

export const POST = tokenEndpoint;
