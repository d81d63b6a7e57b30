using Briefing.Summarization.Llm;

namespace Briefing.Tests.Summarization.Llm;

public sealed class JsonSalvageTests
{
    [Fact]
    public void Candidates_AnswerCutInsideTheThirdPoint_FirstHasTheTwoCompletePoints()
    {
        const string cut = """{"title":"T","sections":[{"heading":"Key points","points":[{"text":"One.","citations":[]},{"text":"Two, with \"quotes\" and a } brace.","citations":[]},{"text":"Thr""";

        var first = JsonSalvage.Candidates(cut).First();

        var briefing = AnswerReader.Briefing(first);
        Assert.Equal(["One.", "Two, with \"quotes\" and a } brace."], briefing.Sections.Single().Points.Select(p => p.Text));
    }

    [Fact]
    public void Candidates_NothingClosed_None()
    {
        Assert.Empty(JsonSalvage.Candidates("""{"title":"Syria tal"""));
    }
}
