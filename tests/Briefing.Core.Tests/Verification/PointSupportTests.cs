using Briefing.Domain;
using Briefing.Verification;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Briefing.Tests.Verification;

/// <summary>
/// The support checks on points written the way strong models write them, against the seed articles: freer
/// paraphrases that stay faithful (which should pass) and unfaithful points that cite real quotes (which must not).
/// These are held out from the careful-model fixtures, so the rates are not tuned to them.
/// </summary>
public sealed class PointSupportTests(ITestOutputHelper output)
{
    private const string Kerry = "Kerry said that new ideas were discussed for reviving the cease-fire, describing the meeting as a candid “brainstorming” session.";
    private const string Lavrov = "Russian state news agency Tass quoted Lavrov as saying he had ”no special expectations” for the meeting";
    private const string Deaths = "The conflict in Syria, which flared up in March 2011, has claimed the lives of more than 400,000 people, according to an estimate by de Mistura.";
    private const string Halted = "The talks were the first since Washington halted bilateral negotiations with Moscow following the collapse of a U.S.-Russia-brokered cease-fire deal last month.";
    private const string Consensus = "U.S.-led talks on the Syria conflict in Lausanne on Saturday had a good consensus on a number of possibilities that could lead to a ceasefire in Syria, U.S. Secretary of State John Kerry said.";
    private const string NoBreakthrough = "With the Syrian and Russian governments pressing an offensive against rebel-held parts of the city of Aleppo, no one was predicting a quick breakthrough.";
    private const string Ill = "A Western diplomat in Lausanne told Reuters that the meeting appeared ill-prepared and vague in its goals.";
    private const string Churkin = "Vitaly Churkin, Russia's UN ambassador, said this weekend's talks are focused on getting U.S.-backed, \"moderate\" opposition forces to break ranks with al-Qaeda-linked fighters.";

    public static TheoryData<string, string, string> Faithful => new()
    {
        { "Kerry called the Lausanne meeting a frank brainstorming session where new ideas to revive the cease-fire came up.", "S2", Kerry },
        { "Lavrov went into the meeting with no special expectations.", "S5", Lavrov },
        { "UN envoy de Mistura estimates that more than 400,000 people have died since the conflict began in March 2011.", "S3", Deaths },
        { "These were the first talks since Washington halted bilateral negotiations with Moscow after last month's cease-fire deal collapsed.", "S2", Halted },
        { "Kerry said the talks found good consensus on several possibilities that could lead to a ceasefire.", "S4", Consensus },
        { "No one expected a quick breakthrough while Syrian and Russian forces pressed their offensive on Aleppo.", "S4", NoBreakthrough },
        { "A Western diplomat told Reuters the meeting seemed ill-prepared, with vague goals.", "S2", Ill },
        { "Russia's UN envoy Vitaly Churkin said the talks focused on separating U.S.-backed moderate rebels from al-Qaeda-linked fighters.", "S4", Churkin },
        { "According to de Mistura, the Syrian conflict has killed more than 400,000 people.", "S3", Deaths },
        { "Kerry described the session as a candid brainstorming on reviving the cease-fire.", "S2", Kerry },
    };

    public static TheoryData<string, string, string> Unfaithful => new()
    {
        { "Lavrov said he expected a great deal from the meeting.", "S5", Lavrov },
        { "De Mistura estimates that more than 400,000 people have died since March 2012.", "S3", Deaths },
        { "These were the first talks since Washington resumed bilateral negotiations with Moscow.", "S2", Halted },
        { "Kerry said the talks agreed on a ceasefire in Syria.", "S4", Consensus },
        { "Everyone was predicting a quick breakthrough as Syrian and Russian forces pressed their offensive on Aleppo.", "S4", NoBreakthrough },
        { "Lavrov told Reuters the meeting appeared ill-prepared and vague in its goals.", "S2", Ill },
        { "Kerry said the talks focused on getting U.S.-backed moderate opposition forces to break ranks with al-Qaeda-linked fighters.", "S4", Churkin },
        { "Kerry said new ideas for reviving the cease-fire were discussed on Sunday.", "S2", Kerry },
    };

    [Fact]
    public async Task Verify_HeldOutTable_FaithfulPassAndUnfaithfulCaught()
    {
        var articles = await Stories.SeedsAsync();
        var verifier = new CitationVerifier(Options.Create(new VerificationOptions()));
        bool Passes(object[] row) => verifier.Verify(new BriefingDraft(null, [new Section("Points", [new Point((string)row[0], [new Citation((string)row[1], (string)row[2])])])], []), articles).Report.Verified == 1;

        var faithfulFailed = Faithful.Where(r => !Passes(r)).Select(r => (string)r[0]).ToList();
        var unfaithfulPassed = Unfaithful.Where(Passes).Select(r => (string)r[0]).ToList();

        output.WriteLine($"faithful passed {Faithful.Count() - faithfulFailed.Count}/{Faithful.Count()}; unfaithful caught {Unfaithful.Count() - unfaithfulPassed.Count}/{Unfaithful.Count()}");
        Assert.Empty(unfaithfulPassed);
        Assert.True(faithfulFailed.Count <= 1, string.Join(" | ", faithfulFailed));
    }
}
