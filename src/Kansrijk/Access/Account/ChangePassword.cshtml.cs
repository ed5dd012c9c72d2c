using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Sessions;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Access.Account;

/// <summary>Every signed-in person changes her own password here; after a forced reset it is the only page she can use.</summary>
public sealed class ChangePasswordModel(UserManager<User> users, SignInManager<User> signIn, AccessLogWriter log) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    public FormErrors Errors { get; private set; } = new();
    public bool Forced { get; private set; }
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Forced = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Forced = user.MustChangePassword;
        if (string.IsNullOrEmpty(CurrentPassword)) Errors.Add(nameof(CurrentPassword), "Vul uw huidige wachtwoord in.");
        if (string.IsNullOrEmpty(NewPassword)) Errors.Add(nameof(NewPassword), "Vul een nieuw wachtwoord in.");
        else if (NewPassword != ConfirmPassword) Errors.Add(nameof(ConfirmPassword), "De twee nieuwe wachtwoorden zijn niet gelijk.");
        else if (NewPassword == CurrentPassword) Errors.Add(nameof(NewPassword), "Kies een ander wachtwoord dan uw huidige.");
        if (Errors.Any) return Page();

        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                Errors.Add(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword),
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Uw huidige wachtwoord klopt niet." : error.Description);
            }
            await log.RecordAsync(new AccessEvent(AccessAction.Update, "Account", user.Id, AccessOutcome.Failure, Details: "Wachtwoord wijzigen mislukt"));
            return Page();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        // Other devices signed in with the old password are logged out; this one goes on with a new session.
        await ((KansrijkSignInManager)signIn).EndAllSessionsAsync(user.Id);
        await signIn.RefreshSignInAsync(user);
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Account", user.Id, Details: "Wachtwoord gewijzigd"));
        Changed = true;
        Forced = false;
        return Page();
    }
}
