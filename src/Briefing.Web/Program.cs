using Briefing.Web;
using Briefing.Web.Apis;
using Briefing.Web.Pages;

var builder = WebApplication.CreateBuilder(args);
builder.AddBriefingWeb();

var app = builder.Build();
app.UseBriefingWeb();
app.MapBriefingsApi();
app.MapTopicsApi();
app.MapSubscribersApi();
app.MapDeliveryApi();
app.MapHealthApi();
app.MapPages();
app.MapTopicPages();
app.MapSubscriptionPages();
app.MapOpenApi("/openapi/{documentName}.json");
app.Run();

/// <summary>The web host's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
