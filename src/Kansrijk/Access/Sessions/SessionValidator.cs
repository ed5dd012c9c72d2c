using System.Security.Claims;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.Sessions;

/// <summary>
/// Checks the session cookie against the database at every request (one indexed lookup): a session that was ended
/// (logout, disabled account, password change), has passed its maximum age, or belongs to a disabled account is
/// refused; when the account's security stamp changed (a role added or removed) the claims are rebuilt from the
/// database, so the change counts from the next request on. Replaces Identity's 30-minute stamp check.
/// </summary>
public static class SessionValidator
{
    /// <summary>Set for the request when the person must choose a new password first (see <see cref="PasswordChangeGate"/>).</summary>
    public const string MustChangePasswordItem = "kansrijk:must-change-password";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sessionId = principal?.FindFirstValue(KansrijkClaimTypes.Session);
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal is null || sessionId is null || userId is null)
        {
            await RefuseAsync(context);
            return;
        }
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<KansrijkDb>();
        var oldest = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime - UserSession.MaximumAge;
        var state = await (
                from s in db.UserSessions
                join u in db.Users on s.UserId equals u.Id
                where s.Id == sessionId && s.UserId == userId
                select new { s.CreatedAt, u.IsDisabled, u.SecurityStamp, u.MustChangePassword })
            .AsNoTracking()
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (state is null || state.IsDisabled || state.CreatedAt < oldest)
        {
            await RefuseAsync(context);
            return;
        }
        if (state.MustChangePassword)
        {
            context.HttpContext.Items[MustChangePasswordItem] = true;
        }
        var stampType = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (principal.FindFirstValue(stampType) != state.SecurityStamp)
        {
            var users = services.GetRequiredService<UserManager<User>>();
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                await RefuseAsync(context);
                return;
            }
            var fresh = await services.GetRequiredService<IUserClaimsPrincipalFactory<User>>().CreateAsync(user);
            var identity = (ClaimsIdentity)fresh.Identity!;
            // What the sign-in itself proved (password, second factor) and the session stay.
            foreach (var kept in principal.Claims.Where(c => c.Type is "amr" or KansrijkClaimTypes.Session))
            {
                identity.AddClaim(new Claim(kept.Type, kept.Value));
            }
            context.ReplacePrincipal(fresh);
            context.ShouldRenew = true;
        }
    }

    private static async Task RefuseAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
