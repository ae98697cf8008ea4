"use client";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";

import { Button, type ButtonVariant } from "@/components/ui/button";

type Question = { prompt: string; yes: string; onYes: () => void };

/**
 * The one way the portal asks "确定…？" before an action: in the page, never a browser dialog (so it looks
 * and works the same on phones). `ask(prompt, onYes)` shows the `panel` (render it next to the button that
 * asked): focus moves to its confirming button, Enter or a click confirms, Escape or 取消 cancels, and focus
 * returns to where it was.
 */
export function useConfirm() {
  const [question, setQuestion] = useState<Question | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  // Focus goes back once the panel is gone and the asking button is enabled again (after the render).
  const restoreFocus = useRef(false);
  useEffect(() => {
    if (question || !restoreFocus.current) return;
    restoreFocus.current = false;
    returnTo.current?.focus();
  }, [question]);

  function ask(prompt: string, onYes: () => void, yes = "确定") {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setQuestion({ prompt, yes, onYes });
  }
  function close() {
    restoreFocus.current = true;
    setQuestion(null);
  }

  const panel = question && (
    <ConfirmPanel
      prompt={question.prompt}
      yes={question.yes}
      onCancel={close}
      onYes={() => {
        close();
        question.onYes();
      }}
    />
  );
  return { ask, asking: question !== null, panel };
}

/** The question, its confirming button (focused when shown) and 取消; Escape cancels too. */
export function ConfirmPanel({
  prompt,
  yes,
  onYes,
  onCancel,
  variant = "primary",
}: {
  prompt: string;
  yes: string;
  onYes: () => void;
  onCancel: () => void;
  variant?: ButtonVariant;
}) {
  const id = useId();
  return (
    <div
      role="alertdialog"
      aria-labelledby={id}
      aria-live="assertive"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
      className="inline-flex flex-wrap items-center gap-2 rounded border border-amber-300 bg-amber-50 px-3 py-2"
    >
      <span id={id} className="text-sm">
        {prompt}
      </span>
      <Button autoFocus variant={variant} size="sm" onClick={onYes}>
        {yes}
      </Button>
      <Button variant="secondary" size="sm" onClick={onCancel}>
        取消
      </Button>
    </div>
  );
}

/**
 * A form's submit handler: stops the browser's submit, then — after the in-page confirmation when
 * `confirm` gives a prompt for the form's values — calls `act` with the form's data (read when confirmed).
 */
export function useFormSubmit(
  act: (form: FormData, el: HTMLFormElement) => void,
  confirm?: string | ((form: FormData) => string | null),
): { onSubmit: (e: FormEvent<HTMLFormElement>) => void; panel: ReactNode } {
  const { ask, panel } = useConfirm();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const prompt = typeof confirm === "function" ? confirm(new FormData(el)) : confirm;
    if (prompt) ask(prompt, () => act(new FormData(el), el));
    else act(new FormData(el), el);
  }
  return { onSubmit, panel };
}
