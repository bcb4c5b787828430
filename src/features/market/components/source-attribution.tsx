/** Where prices came from. CoinGecko's terms require this credit wherever their data shows. */
export function SourceAttribution({ source, className }: { source: string; className?: string }) {
  if (source.includes("coingecko")) {
    return (
      <a
        href="https://www.coingecko.com/"
        rel="noopener"
        className={`underline underline-offset-2 ${className ?? ""}`}
      >
        Price data by CoinGecko
      </a>
    );
  }
  return <span className={className}>Demo prices (offline snapshot)</span>;
}
