import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm, ProfileForm } from "@/features/users/components/account-forms";
import { SignOutForm } from "@/features/users/components/sign-out-form";
import { findProfile } from "@/features/users/queries";
import { socialLinksSchema } from "@/features/users/schemas";
import { getCurrentUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Your account — CoinMela", robots: { index: false } };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=%2Faccount");
  const profile = await findProfile(user.id);
  if (!profile) redirect("/signin?callbackUrl=%2Faccount");
  const socials = socialLinksSchema.safeParse(profile.socialLinks);
  const links = socials.success ? socials.data : {};
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-extrabold tracking-tight">Your account</h1>
        <p className="mt-1 text-neutral-600 dark:text-neutral-400">
          Signed in as <strong>{profile.username}</strong> ({profile.email})
        </p>
      </div>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="mb-3 text-lg font-bold">
          Profile
        </h2>
        <ProfileForm
          profile={{
            name: profile.name,
            bio: profile.bio ?? "",
            avatarUrl: profile.avatarUrl ?? "",
            x: links.x ?? "",
            linkedin: links.linkedin ?? "",
            telegram: links.telegram ?? "",
            youtube: links.youtube ?? "",
            website: links.website ?? "",
          }}
        />
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-lg font-bold">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-lg font-bold">
          Sessions
        </h2>
        <SignOutForm />
        <SignOutForm everywhere />
      </section>
    </div>
  );
}
