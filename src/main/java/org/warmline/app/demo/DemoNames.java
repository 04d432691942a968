package org.warmline.app.demo;

import java.util.List;

/** Invented names, companies and words for the sample agency. */
final class DemoNames {
    static final List<String> FIRST = List.of("Ana", "Ben", "Chloé", "Dev", "Elif", "Finn", "Grace",
            "Hamid", "Ines", "Jonas", "Kiri", "Leila", "Marco", "Nadia", "Oscar", "Priti", "Quinn",
            "Rosa", "Sami", "Tara", "Uma", "Viktor", "Wen", "Xavier", "Yara", "Zoë", "Aiko", "Bruno",
            "Carmen", "Dmitri", "Eva", "Felix", "Greta", "Hugo", "Isla", "Jamal", "Katja", "Luis",
            "Mei", "Nils", "Olu", "Paula", "Rahul", "Sofia", "Theo", "Ursula", "Vera", "Wiktor",
            "Yusuf", "Zara", "芳", "Øyvind", "Siobhán", "Łukasz", "Ngozi", "Tomás", "Anaïs", "Kwame");
    static final List<String> LAST = List.of("Ribeiro", "Okafor", "Lindqvist", "Raman", "Novak",
            "Haddad", "Fischer", "Moreau", "Tanaka", "Kowalski", "Mensah", "O'Brien", "Santos",
            "Weber", "Nakamura", "Costa", "Petrov", "Ødegård", "Jensen", "Rossi", "Kaur", "Brennan",
            "Yilmaz", "Dubois", "Castillo", "Andersen", "Mbeki", "Horvat", "Varga", "Lehmann",
            "Nguyen", "Abara", "Schmidt", "Moretti", "Hughes", "Ferreira", "Olsen", "Chen", "王",
            "Kumar", "Alvarez", "Walsh", "Sato", "Eriksen", "Bauer", "Popescu", "Greco", "Murphy");
    static final List<String> TITLES = List.of("Java Developer", "Senior Java Engineer",
            "Frontend Developer", "Data Engineer", "DevOps Engineer", "QA Analyst", "Product Manager",
            "UX Designer", "Business Analyst", "Scrum Master", "Backend Engineer", "Data Scientist",
            "Site Reliability Engineer", "Mobile Developer", "Engineering Manager", "Test Engineer",
            "Cloud Architect", "Security Analyst", "Technical Writer", "Support Engineer");
    static final List<String> SKILLS = List.of("Java", "Spring", "SQL", "AWS", "Azure", "Kotlin",
            "React", "TypeScript", "Python", "Kubernetes", "Docker", "Terraform", "Go", "Scala",
            "Figma", "Agile", "Jira", "Kafka", "Swing", "Derby", "PostgreSQL", "Linux", "CI/CD",
            "Selenium", "Tableau", "Spark", "Rust", "C#", ".NET", "GraphQL");
    static final List<String> SOURCES = List.of("LinkedIn", "Referral", "Job board", "Website",
            "Event", "Previous placement");
    static final List<String> COMPANY_A = List.of("Acme", "Bluefin", "Copperleaf", "Driftwood",
            "Evergreen", "Foxglove", "Granite", "Harbour", "Ironbark", "Juniper", "Kestrel",
            "Lumen", "Meridian", "Northwind", "Oakridge", "Pinecrest", "Quarry", "Redwood",
            "Saltmarsh", "Tidewater", "Upland", "Vantage", "Willow", "Yarrow");
    static final List<String> COMPANY_B = List.of("Systems", "Analytics", "Logistics", "Health",
            "Software", "Energy", "Finance", "Labs", "Retail", "Media");
    static final List<String> INDUSTRY = List.of("Software", "Logistics", "Healthcare", "Finance",
            "Energy", "Retail", "Media", "Manufacturing");
    static final List<String> CITIES = List.of("London", "Manchester", "Leeds", "Bristol",
            "Edinburgh", "Glasgow", "Birmingham", "Cardiff", "Belfast", "Remote");
    static final List<String> STREETS = List.of("High Street", "Station Road", "Church Lane",
            "Mill Road", "Park Avenue", "Queen Street", "Victoria Road", "Green Lane");
    static final List<String> ROLES = List.of("Hiring Manager", "HR Business Partner",
            "Talent Acquisition Lead", "Head of Engineering", "CTO", "Team Lead");
    static final List<String> NOTES = List.of("Call went well, keen on hybrid roles.",
            "Sent updated CV.", "Asked about salary bands.", "Prefers remote first teams.",
            "Met at the spring meetup.", "Left voicemail.", "Confirmed interview slot.");

    private DemoNames() {
    }
}
