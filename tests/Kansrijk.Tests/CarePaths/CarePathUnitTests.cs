using Kansrijk.CarePaths;
using Kansrijk.Geography;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.CarePaths;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class ContactCheckTests
{
    [Theory]
    [InlineData("023 123 4567")]
    [InlineData("070-0000001")]
    [InlineData("0800-2000")]
    [InlineData("0900 1234567")]
    [InlineData("+31 23 123 4567")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("112")]
    public void Real_phone_numbers_are_accepted(string phone) => Assert.True(ContactCheck.IsPhone(phone));

    [Theory]
    [InlineData("bel ons")]
    [InlineData("023 123 456")]
    [InlineData("023 123 45678")]
    [InlineData("+31 23 123 456")]
    [InlineData("12+34")]
    [InlineData("0800-20")]
    public void Text_and_wrong_lengths_are_not_phone_numbers(string phone) => Assert.False(ContactCheck.IsPhone(phone));

    [Theory]
    [InlineData("info@example.org", true)]
    [InlineData("loket.jonge-moeders@gemeente.example.nl", true)]
    [InlineData("info@localhost", false)]
    [InlineData("info at example.org", false)]
    [InlineData("Info <info@example.org>", false)]
    [InlineData("@example.org", false)]
    public void Email_addresses_must_be_plain_addresses_with_a_domain(string email, bool valid) => Assert.Equal(valid, ContactCheck.IsEmail(email));

    [Theory]
    [InlineData("https://www.veiligthuis.nl", true)]
    [InlineData("http://example.org/pad", true)]
    [InlineData("www.example.org", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Websites_must_be_http_addresses(string url, bool valid) => Assert.Equal(valid, ContactCheck.IsWebsite(url));
}

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class RoutingTests
{
    private static Offer NewOffer(int id, string name, int? min = null, int? max = null, InsuranceCriterion insurance = InsuranceCriterion.Any) =>
        new() { Id = id, Name = name, MinAge = min, MaxAge = max, Insurance = insurance, Status = ContentStatus.Published };

    private static readonly Offer Loket = NewOffer(1, "Loket Jonge Moeders", max: 26);
    private static readonly Offer Fiom = NewOffer(2, "Fiom", min: 27);
    private static readonly Offer Wijkteam = NewOffer(3, "Wijkteam");
    private static readonly Offer Verzekerd = NewOffer(4, "Alleen verzekerd", insurance: InsuranceCriterion.InsuredOnly);

    private static CarePathView DenHaag() => new(
        new Area { Code = "GM0518", Name = "'s-Gravenhage", Type = AreaType.Municipality }, null,
        new RiskTheme { Code = "t", Name = "Thema" }, null, new CarePath { AreaCode = "GM0518" }, [],
        [
            new MergedRule(new RoutingRule { MaxAge = 26, OfferId = 1 }, PartSource.Local, Loket),
            new MergedRule(new RoutingRule { MinAge = 27, Situation = "met schulden", OfferId = 2 }, PartSource.Local, Fiom),
        ],
        [Loket, Fiom, Wijkteam, Verzekerd]);

    private static readonly Dictionary<string, bool> WithDebts = new() { ["met-schulden"] = true };
    private static readonly Dictionary<string, bool> WithoutDebts = new() { ["met-schulden"] = false };
    private static readonly Dictionary<string, bool> Unanswered = [];

    private static IReadOnlyList<RoutedOffer> Routed(int age, bool? insured, IReadOnlyDictionary<string, bool> situations) =>
        Routing.Route([DenHaag()], new RoutingAnswers(age, insured, situations)).Routed;

    [Theory]
    [InlineData(16, "Loket Jonge Moeders")]
    [InlineData(26, "Loket Jonge Moeders")]
    [InlineData(27, "Fiom")]
    [InlineData(45, "Fiom")]
    public void The_age_picks_the_agreed_offer_on_both_sides_of_the_boundary(int age, string expected)
    {
        var routed = Routed(age, null, WithDebts);
        Assert.Equal(expected, routed[0].Offer.Name);
        Assert.DoesNotContain(routed, r => r.Offer.Name == (expected == "Fiom" ? "Loket Jonge Moeders" : "Fiom"));
    }

    [Fact]
    public void The_reason_names_the_agreement_and_the_situation()
    {
        var routed = Routed(30, null, WithDebts);
        Assert.Equal("Afspraak voor 27 jaar en ouder, met schulden", routed[0].Reason);
    }

    [Fact]
    public void The_condition_is_asked_once_with_a_key_for_the_address()
    {
        var question = Assert.Single(Routing.Questions([DenHaag(), DenHaag()]));
        Assert.Equal("met-schulden", question.Key);
        Assert.Equal("Geldt dit voor haar: met schulden?", question.Question);
    }

    [Fact]
    public void No_offer_rests_on_an_unanswered_condition_it_waits_for_the_answer()
    {
        var outcome = Routing.Route([DenHaag()], new RoutingAnswers(30, null, Unanswered));
        Assert.DoesNotContain(outcome.Routed, r => r.Offer.Name == "Fiom");
        var waiting = Assert.Single(outcome.Waiting, w => w.Offer.Name == "Fiom");
        Assert.Equal("Geldt dit voor haar: met schulden?", waiting.OpenQuestion);
        // insurance unanswered: the offer for insured women waits as well, and is not chosen
        Assert.Contains(outcome.Waiting, w => w.Offer.Name == "Alleen verzekerd" && w.OpenQuestion == Routing.InsuranceQuestion);
        Assert.DoesNotContain(outcome.Routed, r => r.Offer.Name == "Alleen verzekerd");
    }

    [Fact]
    public void A_condition_answered_no_does_not_choose_its_offer_and_nothing_waits()
    {
        var outcome = Routing.Route([DenHaag()], new RoutingAnswers(30, true, WithoutDebts));
        Assert.DoesNotContain(outcome.Routed, r => r.Offer.Name == "Fiom");
        Assert.Empty(outcome.Waiting);
        Assert.Contains(outcome.Routed, r => r.Offer.Name == "Wijkteam");
    }

    [Fact]
    public void Offers_outside_the_rules_stay_when_their_own_criteria_fit()
    {
        Assert.Contains(Routed(30, true, WithDebts), r => r.Offer.Name == "Alleen verzekerd");
        var uninsured = Routed(30, false, WithDebts);
        Assert.DoesNotContain(uninsured, r => r.Offer.Name == "Alleen verzekerd");
        Assert.Contains(uninsured, r => r.Offer.Name == "Wijkteam");
    }

    [Fact]
    public void Several_themes_are_routed_once_and_an_offer_of_both_appears_once_with_the_theme_in_its_reason()
    {
        var other = DenHaag() with { Theme = new RiskTheme { Code = "u", Name = "Ander thema" } };
        var outcome = Routing.Route([DenHaag(), other], new RoutingAnswers(30, true, WithDebts));
        Assert.Equal(outcome.Routed.Select(r => r.Offer.Id).Distinct().Count(), outcome.Routed.Count);
        Assert.Equal("Thema: Afspraak voor 27 jaar en ouder, met schulden", outcome.Routed.Single(r => r.Offer.Name == "Fiom").Reason);
    }

    [Theory]
    [InlineData("Den Haag", "GM0518")]
    [InlineData("den bosch", "GM0796")]
    [InlineData("Hoofddorp", "GM0394")]
    public void An_alias_names_its_municipality(string alias, string code) =>
        Assert.Equal([code], MunicipalityAliases.Instance.CodesMatching(alias));

    [Fact]
    public void Every_alias_has_a_source_and_a_municipality_of_2025()
    {
        var codes = ReferenceAreas.ReadFromCsv(ReferenceAreas.DefaultCsvPath).Select(a => a.Code).ToHashSet();
        Assert.NotEmpty(MunicipalityAliases.Instance.All);
        Assert.All(MunicipalityAliases.Instance.All, a =>
        {
            Assert.Contains(a.MunicipalityCode, codes);
            Assert.False(string.IsNullOrWhiteSpace(a.Source));
        });
    }

    [Fact]
    public void Searching_without_accents_finds_the_theme_with_accents() =>
        Assert.Contains(SearchText.Normalise("FINANCIEN"), SearchText.Normalise("Financiën en schulden"));
}
