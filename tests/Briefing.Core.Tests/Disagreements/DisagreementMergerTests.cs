using Briefing.Domain;
using Briefing.Disagreements;

namespace Briefing.Tests.Disagreements;

public sealed class DisagreementMergerTests
{
    private static readonly Disagreement Detected = new("killed", [
        new DisagreementPosition("S1", "The war has killed more than 400,000 people.", "more than 400,000"),
        new DisagreementPosition("S3", "As many as half a million people have died.", "half a million")]);

    [Fact]
    public void Merge_ModelRepeatsADetectedDisagreement_ListedOnce()
    {
        var fromModel = new Disagreement("Death toll", [
            new DisagreementPosition("S1", "killed more than 400,000 people", "400,000"),
            new DisagreementPosition("S3", "As many as half a million people have died.", "500,000")]);

        var merged = DisagreementMerger.Merge([fromModel], [Detected]);

        Assert.Equal([Detected], merged);
    }

    [Fact]
    public void Merge_ModelFindsANewDisagreement_Kept()
    {
        var fromModel = new Disagreement("Meeting date", [
            new DisagreementPosition("S1", "The ministers meet again on Monday.", "Monday"),
            new DisagreementPosition("S2", "The ministers meet again on Tuesday.", "Tuesday")]);

        var merged = DisagreementMerger.Merge([fromModel], [Detected]);

        Assert.Equal([Detected, fromModel], merged);
    }
}
