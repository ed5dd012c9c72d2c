using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Kansrijk.Access.Login;

[EnableRateLimiting("login")]
public sealed class LoginModel(SignInManager<User> signIn, AccessLogWriter log) : PageModel
{
    /// <summary>One message for a wrong password, an unknown account and a blocked account: it never tells which.</summary>
    public const string FailedMessage =
        "Inloggen is niet gelukt. Het e-mailadres of het wachtwoord klopt niet, of het account is tijdelijk geblokkeerd na 5 mislukte pogingen. Probeer het opnieuw of vraag de beheerder om hulp.";

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public IReadOnlyList<AuthenticationScheme> ExternalSchemes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (ReturnUrls.HasControlCharacters(ReturnUrl))
        {
            return BadRequest();
        }
        ExternalSchemes = [.. await signIn.GetExternalAuthenticationSchemesAsync()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalSchemes = [.. await signIn.GetExternalAuthenticationSchemesAsync()];
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = "Vul uw e-mailadres en uw wachtwoord in.";
            return Page();
        }
        if (ReturnUrls.HasControlCharacters(ReturnUrl))
        {
            return BadRequest();
        }
        var (user, result) = await ((KansrijkSignInManager)signIn).PasswordSignInByEmailAsync(Email.Trim(), Password);

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Access/Login/LoginTwoFactor", new { ReturnUrl });
        }
        if (result.Succeeded)
        {
            await log.RecordAsync(new AccessEvent(AccessAction.Login, "Account", user!.Id) { UserId = user.Id, UserName = user.UserName });
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        await log.RecordAsync(new AccessEvent(AccessAction.Login, "Account", user?.Id,
            result.IsLockedOut || result.IsNotAllowed ? AccessOutcome.Denied : AccessOutcome.Failure,
            Details: result.IsLockedOut ? "Account geblokkeerd" : result.IsNotAllowed ? "Account uitgezet" : "Wachtwoord of account onjuist")
        { UserId = user?.Id, UserName = Email.Trim() });
        Error = FailedMessage;
        return Page();
    }

    public IActionResult OnPostExternal(string scheme)
    {
        var redirect = Url.Page("/Access/Login/ExternalLogin", new { ReturnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(scheme, redirect);
        return Challenge(properties, scheme);
    }

    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            && !ReturnUrls.HasControlCharacters(returnUrl)
            ? returnUrl
            : "/";
}

/// <summary>A return address with control characters (line breaks, NUL, …) is refused with 400, never followed.</summary>
public static class ReturnUrls
{
    public static bool HasControlCharacters(string? returnUrl) => returnUrl is not null && returnUrl.Any(char.IsControl);
}
