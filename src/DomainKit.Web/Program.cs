using DomainKit.Web;

// The reference front end and the API it is built on, on the loopback interface unless --urls says otherwise.
await FrontEnd.Create(args).RunAsync();
