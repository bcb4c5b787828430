// The admin's date format lives in src/lib (the admin list kit in src/components uses it too).
export { formatInZone, zoneName } from "@/lib/format-in-zone";
