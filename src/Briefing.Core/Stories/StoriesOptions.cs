using System.ComponentModel.DataAnnotations;

namespace Briefing.Stories;

/// <summary>
/// Settings for grouping articles into stories (appsettings section "Stories"). Two articles are compared by the
/// cosine of their TF-IDF vectors (stemmed content words, (1 + log tf) x log(1 + N / df) with document frequency over the
/// articles of the run, each article's <see cref="VectorTerms"/> highest-weighted terms); groups
/// are merged average-link while the mean similarity of all their article pairs reaches <see cref="SimilarityThreshold"/>.
/// </summary>
public sealed class StoriesOptions
{
    public const string Section = "Stories";

    /// <summary>
    /// Mean TF-IDF cosine over all article pairs of two groups at or above which they are one story (average link).
    /// The default value is 0.12 (chosen on mixes of the first half of the Multi-News dev file, see BENCHMARKS.md).
    /// </summary>
    [Range(0.01, 1.0)]
    public double SimilarityThreshold { get; set; } = 0.12;

    /// <summary>
    /// How many of an article's highest-weighted terms make up its vector (terms only one article uses never count).
    /// The default value is 40.
    /// </summary>
    [Range(1, 100_000)]
    public int VectorTerms { get; set; } = 40;

    /// <summary>
    /// How many of an article's highest-weighted terms are indexed to find the articles it is compared with; articles
    /// sharing none of them are never compared. The default value is 30.
    /// </summary>
    [Range(1, 1000)]
    public int CandidateTerms { get; set; } = 30;

    /// <summary>
    /// A term among more articles' highest-weighted terms than this proposes no comparisons (it is too common to tell
    /// stories apart, and it would make the cost quadratic). The default value is 60.
    /// </summary>
    [Range(2, 100_000)]
    public int MaxTermArticles { get; set; } = 60;

    /// <summary>
    /// How many of an article's first sentences count <see cref="LeadWeight"/> times in its vector (the headline and
    /// lead say what the event is). The default value is 3.
    /// </summary>
    [Range(0, 1000)]
    public int LeadSentences { get; set; } = 3;

    /// <summary>How many times a word of the lead counts; 1 counts it as any other. The default value is 3.</summary>
    [Range(1, 100)]
    public int LeadWeight { get; set; } = 3;

    /// <summary>
    /// After average link, an article left alone joins the story whose centroid (the sum of its articles' vectors) it
    /// is most similar to, when that cosine is at least this and at least <see cref="AttachMargin"/> times its cosine
    /// with the next closest story (an off-topic page is about as close to several stories and stays alone). 1 turns
    /// this off. The default value is 0.1.
    /// </summary>
    [Range(0.01, 1.0)]
    public double AttachThreshold { get; set; } = 0.1;

    /// <summary>
    /// How many times more similar to its closest story than to the next a lone article must be to join it (see
    /// <see cref="AttachThreshold"/>). The default value is 3.
    /// </summary>
    [Range(1, 1000)]
    public double AttachMargin { get; set; } = 3;

    /// <summary>
    /// How many stories an edition shows at most, the best covered first; a request may ask for fewer or more. Stories
    /// beyond it get one line in the "Also reported" list. The default value is 10.
    /// </summary>
    [Range(1, MaxStoriesLimit)]
    public int MaxStories { get; set; } = 10;

    /// <summary>
    /// How many one-line reports the "Also reported" list holds at most (events one outlet carries, then stories beyond
    /// <see cref="MaxStories"/>); 0 leaves the list out. The default value is 10.
    /// </summary>
    [Range(0, 1000)]
    public int AlsoReported { get; set; } = 10;

    /// <summary>
    /// How many stories of an edition are summarized at once (their points come out in story order whatever finishes
    /// first). An LLM edition then waits about as long as its slowest story instead of the sum of every story's
    /// reconcile call; the model calls themselves stay within Llm:MaxConcurrency. 1 summarizes one story after the
    /// other. The default value is 4.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>The largest <see cref="MaxStories"/> a setting or a request may give.</summary>
    public const int MaxStoriesLimit = 1000;
}
