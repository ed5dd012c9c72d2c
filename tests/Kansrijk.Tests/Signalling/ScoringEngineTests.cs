using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Scoring;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Signalling;

/// <summary>Every scoring rule of the format "kansrijk-instrument/1", on the small test instrument.</summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class ScoringEngineTests
{
    private static readonly InstrumentDefinition Instrument = InstrumentParser.Parse(TestInstrument.Json()).Definition!;

    private static ScoreResult Score(bool partner = false, params (string Key, string Value)[] answers) =>
        ScoringEngine.Score(Instrument, answers.ToDictionary(a => a.Key, a => a.Value), partner);

    [Fact]
    public void Nothing_answered_scores_geen_everywhere()
    {
        var result = Score();
        Assert.All(result.Domains, d => Assert.Equal(DomainResult.Geen, d.Result));
        Assert.Equal(DomainResult.Geen, result.Overall);
        Assert.Equal(0, result.Total);
        Assert.All(result.Domains, d => Assert.False(d.AsksWishForHelp));
    }

    [Fact]
    public void Domain_below_its_threshold_is_aandacht_and_at_it_advies()
    {
        var attention = Score(false, ("geld-rondkomen", "net"));
        Assert.Equal(1, attention["geld-en-schulden"].Score);
        Assert.Equal(DomainResult.Aandacht, attention["geld-en-schulden"].Result);
        Assert.Equal(DomainResult.Aandacht, attention.Overall);
        Assert.True(attention["geld-en-schulden"].AsksWishForHelp);

        var advice = Score(false, ("geld-rondkomen", "nee"));
        Assert.Equal(2, advice["geld-en-schulden"].Score);
        Assert.Equal(DomainResult.Advies, advice["geld-en-schulden"].Result);
        Assert.Equal(DomainResult.Advies, advice.Overall);
    }

    [Fact]
    public void Domain_score_is_the_sum_of_its_answered_items()
    {
        var result = Score(false, ("geld-rondkomen", "net"), ("geld-schulden", "ja"), ("geld-schulden-hulp", "nee"));
        Assert.Equal(3, result["geld-en-schulden"].Score);
    }

    [Fact]
    public void Hidden_item_is_not_scored_even_when_an_answer_for_it_arrives()
    {
        var result = Score(false, ("geld-schulden", "nee"), ("geld-schulden-hulp", "nee"));
        Assert.Equal(0, result["geld-en-schulden"].Score);
        Assert.DoesNotContain("geld-schulden-hulp", ScoringEngine.ShownItems(Instrument, new Dictionary<string, string> { ["geld-schulden"] = "nee" }, false));
        Assert.Contains("geld-schulden-hulp", ScoringEngine.ShownItems(Instrument, new Dictionary<string, string> { ["geld-schulden"] = "ja" }, false));
    }

    [Fact]
    public void Item_whose_condition_was_skipped_is_hidden()
    {
        Assert.DoesNotContain("geld-schulden-hulp", ScoringEngine.ShownItems(Instrument, new Dictionary<string, string>(), false));
    }

    [Fact]
    public void Partner_item_is_asked_and_scored_only_with_a_partner()
    {
        Assert.Equal(0, Score(false, ("partner-rookt", "ja"))["roken-en-drinken"].Score);
        Assert.Equal(1, Score(true, ("partner-rookt", "ja"))["roken-en-drinken"].Score);
        Assert.DoesNotContain("partner-rookt", ScoringEngine.ShownItems(Instrument, new Dictionary<string, string>(), false));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 2)]
    [InlineData("9", 2)]
    [InlineData("10", 3)]
    [InlineData("80", 3)]
    public void Number_weight_is_the_highest_weight_whose_at_least_is_reached(string answer, int weight)
    {
        Assert.Equal(weight, Score(false, ("middelen-sigaretten", answer))["roken-en-drinken"].Score);
    }

    [Theory]
    [InlineData("81")]
    [InlineData("-1")]
    [InlineData("veel")]
    public void Number_outside_its_range_or_not_a_number_does_not_count(string answer)
    {
        var domain = Score(false, ("middelen-sigaretten", answer))["roken-en-drinken"];
        Assert.Equal(0, domain.Score);
        Assert.Empty(domain.AnsweredItems);
    }

    [Fact]
    public void Answer_that_is_not_an_option_does_not_count()
    {
        var domain = Score(false, ("geld-rondkomen", "weet-niet"))["geld-en-schulden"];
        Assert.Equal(0, domain.Score);
        Assert.Empty(domain.AnsweredItems);
    }

    [Fact]
    public void Free_text_is_never_scored()
    {
        var domain = Score(false, ("toelichting", "Het gaat slecht, heel slecht"))["welzijn"];
        Assert.Equal(0, domain.Score);
        Assert.Equal(DomainResult.Geen, domain.Result);
    }

    [Fact]
    public void Scale_scores_the_weight_of_the_chosen_point()
    {
        Assert.Equal(DomainResult.Aandacht, Score(false, ("welzijn-stemming", "3"))["welzijn"].Result);
        Assert.Equal(DomainResult.Advies, Score(false, ("welzijn-stemming", "4"))["welzijn"].Result);
    }

    [Fact]
    public void Overall_is_advies_when_the_total_reaches_the_overall_threshold_without_any_domain_advies()
    {
        // 1 + 1 + 2 = 4 = overallThreshold; each domain stays below its own threshold.
        var result = Score(true, ("geld-rondkomen", "net"), ("partner-rookt", "ja"), ("welzijn-stemming", "3"));
        Assert.All(result.Domains, d => Assert.Equal(DomainResult.Aandacht, d.Result));
        Assert.Equal(4, result.Total);
        Assert.Equal(DomainResult.Advies, result.Overall);
    }

    [Fact]
    public void Overall_is_aandacht_below_the_overall_threshold()
    {
        var result = Score(true, ("geld-rondkomen", "net"), ("partner-rookt", "ja"));
        Assert.Equal(DomainResult.Aandacht, result.Overall);
    }

    [Fact]
    public void Missing_translation_falls_back_to_dutch_and_says_so()
    {
        var question = Instrument.Domains[0].Items[2].Text!;
        Assert.Equal(new Translation("Heeft u al hulp bij uw schulden?", "nl", FellBack: true), question.In("ar"));
        Assert.Equal(new Translation("Kunt u rondkomen met uw geld?", "nl", FellBack: false), Instrument.Domains[0].Items[0].Text!.In("nl"));
        Assert.False(Instrument.Domains[0].Items[0].Text!.In("ar").FellBack);
    }
}
