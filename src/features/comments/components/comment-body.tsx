import { parseCommentBody } from "../rules";

/**
 * A comment's text as paragraphs with line breaks and links. Text goes into React text nodes
 * (escaped by React); links are only http(s) URLs found in the text, marked as user content.
 */
export function CommentBody({ body }: { body: string }) {
  return (
    <div className="comment-body flex flex-col gap-3 break-words">
      {parseCommentBody(body).map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((line, l) => (
            <span key={l}>
              {l > 0 && <br />}
              {line.map((segment, s) =>
                segment.type === "link" ? (
                  <a
                    key={s}
                    href={segment.href}
                    rel="nofollow ugc noopener"
                    target="_blank"
                    className="text-brand-700 underline dark:text-blue-300"
                  >
                    {segment.text}
                  </a>
                ) : (
                  segment.text
                ),
              )}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
