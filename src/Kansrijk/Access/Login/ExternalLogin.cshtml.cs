using System.Security.Claims;
using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Access.Login;

/// <summary>
/// Return point of an OpenID Connect login. Kansrijk does not create accounts on the fly: the person
/// must have an account, linked before or found by the e-mail address the identity provider vouches for.
/// </summary>
public sealed class ExternalLoginModel(SignInManager<User> signIn, UserManager<User> users, AccessLogWriter log) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string Error { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Error = "Het inloggen via uw organisatie is niet gelukt. Probeer het opnieuw.";
            return Page();
        }
        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        var email = info.Principal.FindFirstValue(ClaimTypes.Email);
        if (user is null && !string.IsNullOrEmpty(email) && info.Principal.FindFirstValue("email_verified") == "true")
        {
            user = await users.FindByEmailAsync(email);
            if (user is not null)
            {
                await users.AddLoginAsync(user, info);
            }
        }
        if (user is null)
        {
            await log.RecordAsync(new AccessEvent(AccessAction.Login, "Account", null, AccessOutcome.Failure, Details: $"Geen account voor externe login ({info.LoginProvider})") { UserName = email });
            Error = "Er is geen Kansrijk-account voor u. Vraag de beheerder van Kansrijk in uw organisatie om een account.";
            return Page();
        }
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded)
        {
            Error = LoginModel.FailedMessage;
            return Page();
        }
        await log.RecordAsync(new AccessEvent(AccessAction.Login, "Account", user.Id, Details: $"Via {info.LoginProvider}") { UserId = user.Id, UserName = user.UserName });
        return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
    }
}
