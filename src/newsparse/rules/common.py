"""Language-neutral rule data: wire agencies, photo agencies, symbols."""

#: Wire services and news agencies, as they are credited (case folded on use).
AGENCIES = (
    "AP", "Associated Press", "The Associated Press", "Reuters", "Thomson Reuters", "AFP", "Agence France-Presse",
    "Agence France Presse", "dpa", "dpa-AFX", "Deutsche Presse-Agentur", "ANSA", "EFE", "Agencia EFE", "KNA", "epd",
    "APA", "SDA", "Keystone-SDA", "sda", "ANP", "Belga", "PAP", "Lusa", "Agência Brasil", "Europa Press", "Xinhua",
    "TASS", "UPI", "Kyodo", "Kyodo News", "Yonhap", "AAP", "Canadian Press", "The Canadian Press", "CP", "PTI", "IANS",
    "ANI", "Bloomberg", "CNN Wire", "SID", "AGI", "Adnkronos", "Anadolu", "Notimex", "Télam", "DAPD", "ddp",
    "News agencies", "Agencies", "Agenturen", "Agences", "Agencias", "Press Association", "PA", "PA Media",
    "Bloomberg News", "Dow Jones", "RIA Novosti", "Interfax", "Ritzau", "NTB", "TT", "STT", "ATS", "Nachrichtenagenturen",
)

#: Photo agencies and picture desks that identify a bare credit line.
PHOTO_AGENCIES = (
    "Getty Images", "Getty", "AP", "AP Photo", "AP file", "AP file photo", "AP Images", "Reuters", "REUTERS", "AFP", "AFP via Getty Images",
    "Shutterstock", "iStock", "iStockphoto", "Alamy", "EPA", "EPA-EFE", "picture alliance", "picture-alliance",
    "dpa", "imago", "imago images", "Keystone", "Bloomberg", "Sipa", "Sipa USA", "ANSA", "Pixabay", "Unsplash",
    "Pexels", "Wikimedia Commons", "Wikipedia", "Corbis", "Xinhua", "PA", "PA Images", "PA Wire", "Newscom",
    "ZUMA", "ZUMA Wire", "ZUMA Press", "Science Photo Library", "NASA", "ESA", "IMAGO", "Adobe Stock", "123RF",
    "Depositphotos", "Fotolia", "Rex Features", "Rex", "Shutterstock", "The New York Times", "Bloomberg via Getty Images",
)

#: Characters that start a list item.
BULLETS = "•·◦▪▸►‣⁃-–—*"
