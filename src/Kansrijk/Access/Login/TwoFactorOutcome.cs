using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Access.Login;

/// <summary>What both second-step pages (authenticator code, recovery code) do with the sign-in result.</summary>
internal static class TwoFactorOutcome
{
    public static async Task<IActionResult> HandleAsync(PageModel page, AccessLogWriter log, User user, Microsoft.AspNetCore.Identity.SignInResult result,
        string? returnUrl, string method, Action<string> setError)
    {
        if (result.Succeeded)
        {
            await log.RecordAsync(new AccessEvent(AccessAction.Login, "Account", user.Id, Details: $"Met tweede stap ({method})") { UserId = user.Id, UserName = user.UserName });
            return page.LocalRedirect(LoginModel.SafeReturnUrl(returnUrl));
        }
        await log.RecordAsync(new AccessEvent(AccessAction.Login, "Account", user.Id,
            result.IsLockedOut ? AccessOutcome.Denied : AccessOutcome.Failure, Details: $"Tweede stap mislukt ({method})")
        { UserId = user.Id, UserName = user.UserName });
        setError(result.IsLockedOut
            ? LoginModel.FailedMessage
            : "De code klopt niet. Controleer de code in de app en probeer het opnieuw.");
        return page.Page();
    }
}
