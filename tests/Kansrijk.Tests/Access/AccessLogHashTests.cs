using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Login;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Access;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class AccessLogHashTests
{
    private static AccessLogEntry Entry(string? details = null, string previous = AccessLogHash.Genesis) => new()
    {
        Sequence = 7,
        EventId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        OccurredAt = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc),
        UserName = "bea@example.nl",
        Action = AccessAction.Read,
        ObjectType = "Gebruiker",
        ObjectId = "42",
        Details = details,
        PreviousHash = previous,
    };

    [Fact]
    public void The_hash_changes_when_a_field_or_the_predecessor_changes()
    {
        var original = AccessLogHash.Compute(Entry());
        Assert.Equal(64, original.Length);
        Assert.Equal(original, AccessLogHash.Compute(Entry()));
        Assert.NotEqual(original, AccessLogHash.Compute(Entry(details: "x")));
        Assert.NotEqual(original, AccessLogHash.Compute(Entry(previous: new string('1', 64))));
    }

    [Fact]
    public void Times_are_kept_to_the_microsecond_that_both_databases_store()
    {
        var time = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234560), AccessLogHash.Truncate(time));
        Assert.Equal("2026-01-02T03:04:05.123456Z", AccessLogHash.FormatTime(AccessLogHash.Truncate(time)));
    }

    [Theory]
    [InlineData("/beheer/gebruikers", "/beheer/gebruikers")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData(null, "/")]
    public void After_login_only_local_return_addresses_are_followed(string? returnUrl, string expected) =>
        Assert.Equal(expected, LoginModel.SafeReturnUrl(returnUrl));
}
