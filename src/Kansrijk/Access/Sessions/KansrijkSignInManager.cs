using System.Security.Claims;
using System.Security.Cryptography;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kansrijk.Access.Sessions;

/// <summary>
/// Identity's sign-in with three additions: every sign-in gets a server-side session (removed again at logout),
/// a disabled account cannot sign in, and a login for an unknown, disabled or blocked account costs the same
/// password hash as one for a known account, so the answer time does not tell which addresses exist.
/// </summary>
public sealed class KansrijkSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation,
    KansrijkDb db,
    TimeProvider clock)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly User DummyUser = new() { DisplayName = "", UserName = "niemand", Id = "niemand" };
    private static string? dummyHash;

    public override async Task SignInWithClaimsAsync(User user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        await EndCurrentSessionAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession { Id = NewSessionId(), UserId = user.Id, CreatedAt = now };
        // Sessions past their maximum age can never be used again: tidy them up while we are here.
        var expired = now - UserSession.MaximumAge;
        await db.UserSessions.Where(s => s.UserId == user.Id && s.CreatedAt < expired).ExecuteDeleteAsync();
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        await base.SignInWithClaimsAsync(user, authenticationProperties,
            additionalClaims.Append(new Claim(KansrijkClaimTypes.Session, session.Id)));
    }

    public override async Task SignOutAsync()
    {
        await EndCurrentSessionAsync();
        await base.SignOutAsync();
    }

    public override async Task<bool> CanSignInAsync(User user) => !user.IsDisabled && await base.CanSignInAsync(user);

    /// <summary>
    /// Password login by e-mail address. Unknown, disabled and blocked accounts are refused after the same
    /// amount of hashing work as a wrong password for a known account.
    /// </summary>
    public async Task<(User? User, SignInResult Result)> PasswordSignInByEmailAsync(string email, string password)
    {
        var user = await UserManager.FindByEmailAsync(email);
        if (user is null || user.IsDisabled || await UserManager.IsLockedOutAsync(user))
        {
            UserManager.PasswordHasher.VerifyHashedPassword(DummyUser, DummyHash(), password);
        }
        if (user is null)
        {
            return (null, SignInResult.Failed);
        }
        return (user, await PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true));
    }

    /// <summary>Ends every session of the user (after disabling, a forced reset or a password change).</summary>
    public async Task EndAllSessionsAsync(string userId, string? except = null) =>
        await db.UserSessions.Where(s => s.UserId == userId && s.Id != except).ExecuteDeleteAsync();

    private async Task EndCurrentSessionAsync()
    {
        var current = Context.User.FindFirstValue(KansrijkClaimTypes.Session);
        if (current is not null)
        {
            await db.UserSessions.Where(s => s.Id == current).ExecuteDeleteAsync();
        }
    }

    private string DummyHash() => dummyHash ??= UserManager.PasswordHasher.HashPassword(DummyUser, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));

    private static string NewSessionId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
}
