namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>The three projects (đề án) of the program, in the plan's own wording.</summary>
public static class Projects
{
    /// <summary>Project numbers in order.</summary>
    public static readonly IReadOnlyList<int> Numbers = [1, 2, 3];

    /// <summary>The project of receiving, verifying, protecting and supporting victims, whose counts are of victims.</summary>
    public const int Victims = 3;

    /// <summary>The plan's title of a project (the key of its English text), or null for no such project.</summary>
    public static string? Title(int project) => project switch
    {
        1 => "Đẩy mạnh thông tin, tuyên truyền, phổ biến, giáo dục pháp luật nhằm nâng cao nhận thức và kỹ năng phòng, chống tội phạm mua bán người trong toàn xã hội",
        2 => "Nâng cao hiệu quả đấu tranh chống tội phạm mua bán người",
        3 => "Tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân bị mua bán trở về",
        _ => null,
    };
}
