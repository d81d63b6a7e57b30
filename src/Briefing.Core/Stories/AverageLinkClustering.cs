namespace Briefing.Stories;

/// <summary>
/// Agglomerative average-link clustering over a sparse similarity graph: the two groups with the highest mean pair
/// similarity are merged while that mean reaches the threshold. Pairs missing from the graph count as 0, so only
/// groups joined by an edge can merge and the work grows with the edges, not with the square of the items.
/// </summary>
internal static class AverageLinkClustering
{
    /// <summary>A group label per item (labels are item indices of a group's first item).</summary>
    public static int[] Cluster(int count, IEnumerable<(int A, int B, double Similarity)> edges, double threshold)
    {
        var links = new Dictionary<int, double>[count];
        var size = new int[count];
        var version = new int[count];
        var members = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            links[i] = [];
            size[i] = 1;
            members[i] = [i];
        }

        var queue = new PriorityQueue<(int A, int B, int VersionA, int VersionB), double>();
        foreach (var (a, b, s) in edges)
        {
            if (a == b || s <= 0) continue;
            links[a][b] = links[a].GetValueOrDefault(b) + s;
            links[b][a] = links[b].GetValueOrDefault(a) + s;
        }

        for (var a = 0; a < count; a++)
        {
            foreach (var (b, s) in links[a])
            {
                if (a < b && s >= threshold) queue.Enqueue((a, b, 0, 0), -s);
            }
        }

        while (queue.TryDequeue(out var e, out _))
        {
            if (version[e.A] != e.VersionA || version[e.B] != e.VersionB || size[e.A] == 0 || size[e.B] == 0) continue;
            var (keep, gone) = links[e.A].Count >= links[e.B].Count ? (e.A, e.B) : (e.B, e.A);
            links[keep].Remove(gone);
            links[gone].Remove(keep);
            foreach (var (other, s) in links[gone])
            {
                links[keep][other] = links[keep].GetValueOrDefault(other) + s;
                links[other].Remove(gone);
                links[other][keep] = links[keep][other];
            }

            links[gone] = [];
            size[keep] += size[gone];
            size[gone] = 0;
            members[keep].AddRange(members[gone]);
            members[gone] = [];
            version[keep]++;
            version[gone]++;
            foreach (var (other, s) in links[keep])
            {
                var mean = s / ((double)size[keep] * size[other]);
                if (mean >= threshold) queue.Enqueue(keep < other ? (keep, other, version[keep], version[other]) : (other, keep, version[other], version[keep]), -mean);
            }
        }

        var labels = new int[count];
        for (var c = 0; c < count; c++)
        {
            if (members[c].Count == 0) continue;
            var label = members[c].Min();
            foreach (var i in members[c]) labels[i] = label;
        }

        return labels;
    }
}
