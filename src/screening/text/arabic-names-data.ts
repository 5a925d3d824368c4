/**
 * Common Arabic and Persian name words: the Arabic spelling (without short vowels; "|" between
 * spellings), then the Latin spellings lists use, the usual UN/OFAC one first. Written from the
 * UN and OFAC lists' own renderings and the ordinary national conventions (English-style
 * Muhammad/Yusuf, French-style Mohamed/Youssef in North Africa, Persian Hossein/Mohammad, Turkish
 * Mehmet, Urdu Rehman). A Latin spelling may belong to two names (hamid: حامد and حميد).
 * Latin spellings are lowercase, accents folded (Hüseyin -> huseyin). The first lines are the
 * particles: the article (also as assimilated to a "sun letter": ar-Rahman, ad-Din, ud-Din), "son of", "daughter of", "father of", "servant of".
 */
export const COMMON_NAMES = `
ال: al el ul ad ar as ash at az an ath adh ud ur us ush ut uz un ed od
بن|ابن: bin ibn ben bn
بنت: bint
ابو: abu abou abo
عبد: abd abdul abdel abdal abdol abdur abdus abdu abdou abdoul abder abdar abdes abdas abdush abdesh
ولد: walad ould wuld
عبدالله: abdullah abdallah abdellah abdulla abdalla abdollah
محمد: muhammad mohammed mohamed mohammad muhammed mohamad muhamad mohamud mouhamed muhammet mohammod mehmet mehmed mohd muhd mhd
احمد: ahmad ahmed ahmet ehmed
محمود: mahmud mahmoud mahmood mehmood mahmut
مصطفى: mustafa mostafa moustafa mustapha mostapha moustapha
حسن: hasan hassan hassen
حسين: husayn hussein husain hussain hossein hosein husein huseyin hussien houssein
علي: ali aly
عمر: umar omar omer amor
عثمان: uthman othman osman usman outhman
يوسف: yusuf yousef youssef yousif yusef yousuf youcef yussuf yusif yosef
ابراهيم: ibrahim ebrahim ibraheem brahim ibrahem
اسماعيل: ismail ismael esmail ismaeel ismayil
اسحاق: ishaq ishak isaac
يعقوب: yaqub yakub yacoub yaqoob
خالد: khalid khaled halid
سعيد: said saeed saied saiid
سيد: sayyid sayed sayyed syed seyed seyyed sayid
صالح: salih saleh
صلاح: salah salahe
جمال: jamal gamal djamel jamel
كمال: kamal kemal
عادل: adil adel
فيصل: faisal faysal feisal faycal
ناصر: nasir nasser naser nassir nacer
نصر: nasr
منصور: mansur mansour mansoor
جعفر: jafar jaafar jaffar djafar jafer
طارق: tariq tarek tareq tarik
زياد: ziyad ziad
زيد: zayd zaid zeid
ياسين: yasin yassin yaseen yassine
ياسر: yasir yasser yaser
يونس: yunus younis younes yunis younous
موسى: musa moussa mousa
عيسى: isa issa eisa
يحيى: yahya yehia yahia yehya
زكريا: zakariya zakaria zakariyya zakariya
سليمان: sulayman suleiman sulaiman soliman slimane suleyman
داود: dawud daoud dawood daud davud
هارون: harun haroun haroon
اسامة: usama osama oussama usamah osamah
حمزة: hamza hamzah hamzeh
طلحة: talha talhah
معاذ: muadh moaz muaz moath
مصعب: musab mosab musaab
انس: anas
عمار: ammar
بكر: bakr bakar
فاطمة: fatima fatimah fatma fatemeh
عائشة: aisha aysha aicha ayesha
مريم: maryam mariam meriem
خديجة: khadija khadijah
زينب: zainab zaynab zeinab
حبيب: habib
رشيد: rashid rachid rasheed
مجيد: majid majeed
سعد: saad sad
سعود: saud saoud
محسن: muhsin mohsen mohsin
حسام: husam hossam hussam
هشام: hisham hicham
هاني: hani hany
شريف: sharif sherif cherif
بلال: bilal
نبيل: nabil nabeel
عدنان: adnan
رمضان: ramadan ramazan ramadhan ramzan romdhane
قاسم: qasim qassim kassem kasim qasem ghasem
كاظم: kazim kadhim kazem kadim
مهدي: mahdi mehdi
رضا: rida reza ridha
جواد: jawad javad
غلام: ghulam gholam golam
حيدر: haydar haidar heidar hyder
عباس: abbas
مرتضى: murtada murtaza morteza mortaza
مجتبى: mujtaba mojtaba
ظاهر: zahir zaher
عزت: izzat ezzat izzet
طه: taha
نايف: nayif naif nayef
فهد: fahd fahad
سلطان: sultan soltan
حافظ: hafiz hafez
بشار: bashar
ايمن: ayman aiman
سيف: sayf saif seif
فرج: faraj farag
حمد: hamad
حامد: hamid hamed
حميد: hamid hameed humaid
عصام: isam essam issam
عماد: imad emad
اياد: iyad eyad ayad
وليد: walid waleed
خليل: khalil
ادريس: idris idriss
امين: amin ameen
منير: munir mounir
بشير: bashir bachir basheer
صدام: saddam
دين: din deen dine
شاه: shah
خان: khan
`

/**
 * Names of God that follow "Abd" (servant of) in theophoric names: Abd al-Rahman, Abdul Rahman,
 * Abdulrahman, Abdel Rahman and Abderrahmane are one name. Only these (but Allah: Abdullah is
 * one word in most lists) are split off a glued "abd..." word, so Abdulov stays whole.
 */
export const ABD_NAMES = `
الله: allah ullah ellah ollah
رحمن: rahman rehman rahmane
رحيم: rahim raheem rahime
كريم: karim kareem karime
عزيز: aziz
قادر: qadir kader qader kadir gadir
لطيف: latif lateef
حميد: hamid hameed
مجيد: majid majeed
جبار: jabbar
ملك: malik malek
سلام: salam salaam slam
ناصر: nasir nasser naser
هادي: hadi
غني: ghani gani
حق: haq haqq hak
حكيم: hakim hakeem
حليم: halim haleem
وهاب: wahab wahhab
رزاق: razzaq razak razaq
غفور: ghafur ghafour ghafoor
غفار: ghaffar ghafar
ستار: sattar satar
صمد: samad
واحد: wahid waheed
باسط: basit baset
فتاح: fattah fatah
جليل: jalil jaleel
خالق: khaliq khalek
رشيد: rashid rasheed
رؤوف: rauf raouf raoof
تواب: tawwab
ودود: wadud
ولي: wali
منعم: munim moneim monem
معطي: muti moati
مطلب: muttalib mutalib
نبي: nabi
رسول: rasul rasool
امير: amir ameer
حي: hayy hai hay
`
