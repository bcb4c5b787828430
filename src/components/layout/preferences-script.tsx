// Applies the reader's theme and font size before the first paint, so neither flashes. Inline
// and tiny on purpose: it must run before the body renders. Values come from localStorage only.
const script = `(function(){try{var d=document.documentElement,s=localStorage,t=s.getItem("theme");
if(t!=="light"&&t!=="dark"){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}
d.dataset.theme=t;var f=s.getItem("font-step");d.dataset.fontStep=f==="-1"||f==="1"?f:"0"}catch(e){}})()`;

export function PreferencesScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
