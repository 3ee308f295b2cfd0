/** Given and family names from many languages, with accents, apostrophes and hyphens, all fictional combinations. */
export const givenNames = [
	'Ana', 'María José', 'Zoë', 'Chloé', 'José', 'Joaquín', 'Søren', 'Björn', 'Åsa', 'Łukasz', 'Małgorzata', 'Đorđe',
	'Jean-Luc', 'Marie-Claire', 'Anne-Sophie', 'Kwame', 'Amara', 'Chidi', 'Ngozi', 'Oluwaseun', 'Thandiwe', 'Aroha',
	'Mere', 'Keoni', 'Leilani', 'Siobhán', 'Seán', 'Niamh', 'Aoife', 'Dmitri', 'Olga', 'Priya', 'Arjun', 'Ananya',
	'Rahul', 'Mei', 'Hiroshi', 'Yuki', 'Minh', 'Thảo', 'Nguyệt', 'Fatima', 'Omar', 'Layla', 'Yusuf', 'Elif', 'Çağla',
	'Gülşen', 'Noa', 'Eitan', 'Isabel', 'Lucía', 'Renée', 'François', 'Hélène', 'Jürgen', 'Jörg', 'Gabriel', 'Tomás',
	'Inés', 'Ximena', 'Tupac', 'Quetzalli', 'Ayasha', 'Dakota', 'Sequoia', 'Kai', 'Lena', 'Marcus', 'Jamal', 'Keisha',
	'DeShawn', "D'Andre", 'Emily', 'Sarah', 'Michael', 'David', 'Grace', 'Hannah', 'Samuel', 'Rosa', 'Luz', 'Beatriz',
];

export const familyNames = [
	'García', 'Núñez', 'Peña', 'Muñoz', 'Sánchez-Vidal', "O'Brien", "O'Connor", "D'Angelo", "N'Diaye", 'McAllister',
	'MacLeod', 'Ó Súilleabháin', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Østergaard', 'Ærø', 'Lindqvist', 'Kowalczyk',
	'Wiśniewski', 'Đukić', 'Dvořák', 'Horváth', 'Schäfer', 'Müller-Lüdenscheidt', 'Weiß', 'Dubois', 'Lefèvre',
	'Béranger', 'Mensah', 'Okonkwo', 'Adeyemi', 'Nkosi', 'Te Rangi', 'Kahananui', 'Yılmaz', 'Öztürk', 'Şahin',
	'Cohen', 'Ben-David', 'Al-Sayed', 'Haddad', 'Patel', 'Iyer', 'Banerjee', 'Reddy', 'Chen', 'Wong', 'Tanaka',
	'Kim', 'Park', 'Silva', 'Gonçalves', 'Conceição', 'Smith', 'Johnson', 'Williams', 'Brown', 'Jones-Whitaker',
	'Washington', 'Jefferson', 'Begaye', 'Yazzie', 'Running-Water', 'Lopez', 'Hernández', 'Rivera', 'Ramírez',
];

/** Names written in their own scripts, kept whole because their order and spacing differ from Latin names. */
export const nativeScriptNames = [
	'王芳', '李静', '張偉', '佐藤 花子', '鈴木 一郎', '김민준', '이서연', 'Ирина Петрова', 'Алексей Смирнов',
	'Νίκος Παπαδόπουλος', 'Ελένη Γεωργίου', 'فاطمة الزهراء', 'محمد العلي', 'נועה לוי', 'प्रिया शर्मा', 'অনিতা দাস',
	'สมชาย ใจดี', 'ანა ბერიძე', 'Հայկ Պետրոսյան', 'தமிழ்செல்வி முருகன்',
];

export const reviewerNames = [
	'Dr. Evelyn Okafor', 'Marcus Lindqvist', 'Rosa Hernández', 'Priya Iyer', "Siobhán O'Neill", 'Tomás Ruiz-Calderón',
	'Hannah Weiß', 'Kwame Mensah', 'Yuki Tanaka', 'Grace Begaye',
];

export const roles = [
	'Kindergarten teacher', 'Grade 2 teacher', 'Grade 4 teacher', 'Grade 6 mathematics teacher', 'Middle school science teacher',
	'High school English teacher', 'Special education teacher', 'Instructional coach', 'Reading specialist',
	'English language development teacher', 'Algebra I teacher', 'Library media specialist',
];

/** Fictional districts, each renewing licences under one catalog authority. */
export const districts = [
	{ name: 'Riverbend Unified School District', authority: 'riverbend-unified', schools: ['Riverbend Elementary', 'Willow Creek Middle School', 'Riverbend High School', 'Ferry Landing Primary'] },
	{ name: 'Cascadia Falls School District', authority: 'cascadia-teacher-standards-board', schools: ['Falls View Elementary', 'Cedar Ridge Middle School', "St. Brigid's Academy"] },
	{ name: 'Cedar Hollow Public Schools', authority: 'cascadia-teacher-standards-board', schools: ['Hollow Pines Elementary', 'Cedar Hollow High School'] },
	{ name: 'Lakeshore North School District', authority: 'lakeshore-regional-service-center', schools: ['Northshore Elementary', 'Harbor Lights Middle School', 'Lakeshore Secondary'] },
	{ name: 'Port Alder & Bay District', authority: 'lakeshore-regional-service-center', schools: ['Port Alder Primary', 'Bayside K-8'] },
	{ name: 'Sainte-Anne Bilingual School District', authority: 'cascadia-teacher-standards-board', schools: ['École Sainte-Anne', 'Académie du Lac'] },
] as const;

/** Short plain-text bios, some with the quotes, commas, ampersands and angle brackets real bios contain. */
export const bios = [
	'Teaches multilingual learners and coaches new teachers in the district mentoring program.',
	'Former engineer who came to teaching "for the questions, not the answers".',
	'Loves number talks, field trips & student-run podcasts. Believes every student can reason mathematically.',
	'Runs the after-school robotics club, the chess club, and (somehow) the school garden.',
	'Writes about classroom routines at the district blog.\nMentor teacher since 2019.',
	'Teaches K-2 math; favourite tool: a 100-bead rekenrek. Motto: "slow down to speed up".',
	'Uses <em>lots</em> of wait time, and says so in plain text: tags here are just characters.',
	'Bilingual educator (English/Español) focused on academic discourse for newcomers.',
	'Special education co-teacher; designs lessons with UDL from day one.',
	'Coach, parent of three, and avid birder. Ask about the 3 < 5 > 4 puzzle.',
];

/** Reflection sentences combined into an educator's reflection on an award. */
export const reflectionSentences = [
	'Recording my lessons showed me how quickly I moved on after a question.',
	'Students who rarely spoke began to offer ideas once they had time to think.',
	'The rubric helped me name what I was already doing well, and what I was not.',
	"My reviewer's feedback on the second video changed how I plan discussions.",
	'I now plan the questions, not just the activities, for every lesson.',
	'Next year I want to share this routine with my grade-level team.',
	'Collecting student work over six weeks made the growth visible to the students, too.',
	'The hardest part was resisting the urge to rephrase my own questions.',
];

export const revocationReasons = [
	'Evidence was found to be from another educator\'s classroom.',
	'Revoked at the educator\'s request after a data-sharing concern.',
	'Issued in error: the submission was scored against the wrong rubric.',
];
