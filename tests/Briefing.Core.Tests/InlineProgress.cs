using Briefing.Generation;

namespace Briefing.Tests;

/// <summary>Progress reported on the calling thread (Progress&lt;T&gt; posts to the thread pool, too late for an assertion).</summary>
internal sealed class InlineProgress(Action<StageProgress> report) : IProgress<StageProgress>
{
    public void Report(StageProgress value) => report(value);
}
