import { z } from "zod";
import {
  PASSWORD_MAX,
  normalizeEmail,
  normalizeUsername,
  passwordProblem,
  usernameProblem,
} from "./rules";

const checkbox = z.preprocess(
  (value) => value === "on" || value === "true" || value === true,
  z.boolean(),
);

export const signInSchema = z.object({
  username: z
    .string({ message: "Enter your username or email address." })
    .trim()
    .min(1, "Enter your username or email address.")
    .max(254, "That is too long for a username or email address."),
  password: z
    .string({ message: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, "That is too long for a password."),
  remember: checkbox.default(false),
  callbackUrl: z.string().max(1000).optional(),
});

const email = z
  .string({ message: "Enter your email address." })
  .trim()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."))
  .transform(normalizeEmail);

const displayName = z
  .string({ message: "Enter the name to show with your comments." })
  .trim()
  .min(1, "Enter the name to show with your comments.")
  .max(60, "Use at most 60 characters.")
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), "Remove the control characters.");

export const registerSchema = z
  .object({
    username: z
      .string({ message: "Choose a username." })
      .superRefine((value, ctx) => {
        const problem = usernameProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .transform(normalizeUsername),
    email,
    name: displayName,
    password: z.string({ message: "Choose a password." }).max(PASSWORD_MAX),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, "This reset link is not valid."),
  password: z.string({ message: "Choose a password." }).max(PASSWORD_MAX),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
  newPassword: z.string().max(PASSWORD_MAX),
});

const optionalUrl = (message: string) =>
  z
    .string()
    .trim()
    .max(300, "Use at most 300 characters.")
    .transform((value) => (value === "" ? null : value))
    .pipe(z.url({ protocol: /^https?$/, message }).nullable());

export const socialLinksSchema = z.object({
  x: optionalUrl("Enter a full https:// link to your X profile.").optional(),
  linkedin: optionalUrl("Enter a full https:// link to your LinkedIn profile.").optional(),
  telegram: optionalUrl("Enter a full https:// link to your Telegram.").optional(),
  youtube: optionalUrl("Enter a full https:// link to your YouTube channel.").optional(),
  website: optionalUrl("Enter a full https:// link to your website.").optional(),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export type SocialLinks = { [K in keyof z.infer<typeof socialLinksSchema>]?: string | null };

export const profileSchema = z.object({
  name: displayName,
  bio: z
    .string()
    .trim()
    .max(500, "Use at most 500 characters.")
    .transform((value) => (value === "" ? null : value)),
  avatarUrl: optionalUrl("Enter a full https:// link to an image."),
  x: socialLinksSchema.shape.x,
  linkedin: socialLinksSchema.shape.linkedin,
  telegram: socialLinksSchema.shape.telegram,
  youtube: socialLinksSchema.shape.youtube,
  website: socialLinksSchema.shape.website,
});
