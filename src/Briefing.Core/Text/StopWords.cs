namespace Briefing.Text;

internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have", "having",
        "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor",
        "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "said", "same", "says", "say", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "its", "it's", "he's", "she's", "that's",
        "there's", "they're", "we're", "i'm", "don't", "didn't", "doesn't", "isn't", "wasn't", "won't", "can't", "mr", "ms",
        "mrs", "one", "new", "told", "according", "like", "many", "within", "without", "still", "since", "among", "already",
    };

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);
}
