namespace Briefing.Tests;

/// <summary>Two short Chinese articles on one story, for tests of scripts written without spaces.</summary>
internal static class Chinese
{
    public const string Article1 = """
        洛桑会谈无果而终

        洛桑会谈于星期六晚间结束，各国外长未能就叙利亚危机达成任何突破。美国国务卿克里与俄罗斯外长拉夫罗夫在会谈后分别会见了记者。联合国叙利亚问题特使德米斯图拉也参加了此次洛桑会谈。据联合国估计，叙利亚冲突已造成超过四十万人死亡。各方同意在未来几天继续就阿勒颇停火保持接触。
        """;

    public const string Article2 = """
        叙利亚问题外长会议在洛桑举行

        叙利亚问题外长会议星期六在瑞士洛桑举行，会谈持续了四个多小时。美国国务卿克里表示，各方讨论了在阿勒颇实现停火的多种方案。俄罗斯外长拉夫罗夫说，会谈中提出了一些有意思的想法。联合国称，约有二十七万五千名平民仍被困在阿勒颇东部。会谈结束时各国外长没有发表联合声明。
        """;
}
